import { mountModule } from '../lib/mount';
import WishBadgeModule from '../modules/WishBadgeModule';

void mountModule(WishBadgeModule);
