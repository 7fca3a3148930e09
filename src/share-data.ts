/** Share images and their descriptions from content: the emergency numbers come from content/contacts. */
import { ogCardFor, type OgCard, type OgImageKey } from './lib/og-image';
import { getContact } from './site-data';

/** The contacts every share image names, in this order. */
const EMERGENCY_CONTACTS = ['canh-sat-113', 'tong-dai-111'];

/** The card drawn on a share image. */
export async function ogCardOf(key: OgImageKey): Promise<OgCard> {
  const numbers = await Promise.all(EMERGENCY_CONTACTS.map(async (id) => (await getContact(id)).data.number ?? ''));
  return ogCardFor(key, numbers.filter(Boolean));
}
