/**
 * Organisation names used by the demo seed. The municipality list is Denmark's 98 kommuner
 * (since the 2007 structural reform), spelt as the municipalities spell themselves.
 */

export { MUNICIPALITIES, OS2_ORGANISATION, OTHER_PUBLIC_BODIES } from '../src/domain/organisations';

/**
 * Supplier companies of the demo. They are real Danish companies known in the OS2 community, but which
 * company works on which product, and every person at them, is invented demo data.
 */
export const SUPPLIERS = {
  magenta: { name: 'Magenta ApS', domain: 'magenta.dk' },
  digitalIdentity: { name: 'Digital Identity ApS', domain: 'digital-identity.dk' },
  netcompany: { name: 'Netcompany A/S', domain: 'netcompany.com' },
  itMinds: { name: 'IT Minds ApS', domain: 'itminds.dk' },
  bellcom: { name: 'Bellcom Open Source ApS', domain: 'bellcom.dk' },
  strongminds: { name: 'Strongminds ApS', domain: 'strongminds.dk' },
} as const;

export type SupplierId = keyof typeof SUPPLIERS;
