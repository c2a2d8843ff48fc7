import { mountModule } from '../lib/mount';
import GlobalPageModule from '../modules/GlobalPageModule';

void mountModule(GlobalPageModule);
