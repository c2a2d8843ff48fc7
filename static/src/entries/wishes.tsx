import { mountModule } from '../lib/mount';
import GlobalWishesModule from '../modules/GlobalWishesModule';

void mountModule(GlobalWishesModule);
