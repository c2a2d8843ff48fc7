/**
 * Stands in for `tslib` in the browser build (see static/vite.config.mts). @forge/bridge and @forge/i18n
 * are CommonJS and `require("tslib")` whole, so every helper would ship; these are the only ones they
 * call. A package that needs another helper fails at load (not a function), and adding it here is the fix.
 * Local bindings, not `export … from`: the bundler turns a pure re-export back into tslib's whole namespace.
 */
import {
  __exportStar as exportStar,
  __importDefault as importDefault,
  __importStar as importStar,
} from 'tslib';

export const __exportStar = exportStar;
export const __importDefault = importDefault;
export const __importStar = importStar;
