import { mountModule } from '../lib/mount';
import WishPanelModule from '../modules/WishPanelModule';

void mountModule(WishPanelModule);
