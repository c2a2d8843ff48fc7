import { mountModule } from '../lib/mount';
import SettingsModule from '../modules/SettingsModule';

void mountModule(SettingsModule);
