/**
 * The 17 products of the seed presentation, one Jira project each. Keys LOOP, ROL, DISPLAY, VALGHAL and
 * KRAVMOTOR are OS2's real ones; the other keys and every team below are invented for the demo.
 *
 * Each product – its team and its hand-written backlog – is a YAML file in content/, checked against
 * content/schema.ts when the seed is built. The order below is the order of the Jira projects.
 */
import { loadProductFiles, type ProductFile } from './content/schema';
import type { ProductContent } from './content/types';

export interface ProductDef {
  name: string;
  key: string;
  description: string;
  primaryRole: string;
  content: ProductContent;
  /** Person handles (see people.ts). The tovholder leads the project and heads the coordination group. */
  tovholder: string;
  steering: string[];
  /** Includes the tovholder. */
  coordination: string[];
  suppliers: string[];
  /** Generic items (by summary prefix) that would duplicate the product's own content. */
  skipGeneric?: string[];
}

/** The content files (demo/content/<name>.yaml), in project order. */
export const PRODUCT_FILES = [
  'cprbroker',
  'borgerpc',
  'dagsorden',
  'kitos',
  'kle',
  'loop',
  'display',
  'datascanner',
  'valghalla',
  'kravmotor',
  'autoproces',
  'forms',
  'mo',
  'faktor',
  'opgavefordeler',
  'rol',
  'indberetning',
] as const;

function toProduct(file: ProductFile): ProductDef {
  const { skipGeneric, ...rest } = file;
  return skipGeneric ? { ...rest, skipGeneric } : rest;
}

export const PRODUCTS: readonly ProductDef[] = loadProductFiles(PRODUCT_FILES).map(toProduct);
