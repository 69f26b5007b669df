import { describe, expect, it } from 'vitest';
import { renderPartnerMain } from '../../../adapters/web/detail-pages.js';
import { linksAt } from '../../../adapters/web/html.js';
import { groupingsBot } from '../../helpers/groupings-bot.js';
import { realBot } from '../../helpers/real-bot.js';

describe('contacts on the directory pages', () => {
  it('shows a partner contact the dataset gives, with its sentence and a mailto link', () => {
    const { dataset } = groupingsBot();
    const partner = dataset.partners.find((p) => (p.contacts?.length ?? 0) > 0);
    if (partner === undefined) throw new Error('the fixture has a partner with contacts');
    const html = renderPartnerMain(dataset, partner, linksAt(1));
    const [contact] = partner.contacts ?? [];
    expect(html).toContain('<h2>Contacts</h2>');
    if (contact?.email) expect(html).toContain(`href="mailto:${contact.email}"`);
    // The source sentence is quoted as on every role, so the contact can be checked.
    expect(html).toContain(contact?.source.replaceAll('&', '&amp;').slice(0, 40));
  });

  it('shows no contacts section where the dataset gives none (EuCanImage)', () => {
    const { dataset } = realBot();
    for (const partner of dataset.partners)
      expect(renderPartnerMain(dataset, partner, linksAt(1))).not.toContain('Contacts');
  });
});
