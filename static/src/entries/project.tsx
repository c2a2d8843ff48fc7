import { mountModule } from '../lib/mount';
import ProjectModule from '../modules/ProjectModule';

void mountModule(ProjectModule);
