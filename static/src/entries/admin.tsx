import { mountModule } from '../lib/mount';
import AdminModule from '../modules/AdminModule';

void mountModule(AdminModule);
