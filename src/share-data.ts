/** Share images and their descriptions from content: the emergency numbers come from content/contacts. */
import { ogCardFor, type OgCard, type OgImageKey } from './lib/og-image';
import { getEmergencyContacts } from './site-data';

/** The card drawn on a share image. */
export async function ogCardOf(key: OgImageKey): Promise<OgCard> {
  const { police, trafficking } = await getEmergencyContacts();
  return ogCardFor(key, [police.data.number, trafficking.data.number]);
}
