import { mountModule } from '../lib/mount';
import GadgetEditModule from '../modules/GadgetEditModule';

void mountModule(GadgetEditModule);
