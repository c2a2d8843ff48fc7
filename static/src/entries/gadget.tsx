import { mountModule } from '../lib/mount';
import GadgetModule from '../modules/GadgetModule';

void mountModule(GadgetModule);
