import { mountModule } from '../lib/mount';
import PortfolioModule from '../modules/PortfolioModule';

void mountModule(PortfolioModule);
