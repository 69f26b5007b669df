import { describe, expect, it } from 'vitest';
import { realBot } from '../helpers/real-bot.js';

const bot = realBot();
const ids = (question: string) => bot.answer(question).partners.map((p) => p.id);

// Issue #11, everyday words: lay words for the dataset's concepts, kept by concept family in
// data/vocabulary.json. New sentences, none of the blind sets'.
describe('lay words for the consortium’s concepts', () => {
  it('reads the cancer a mammogram looks for as breast cancer', () => {
    expect(ids('who deals with the cancer that mammography screens for?')).toEqual(
      expect.arrayContaining(['fcrb', 'gumed', 'sie', 'umu']),
    );
    expect(
      bot.answer('who deals with the cancer that mammography screens for?').headline,
    ).toContain('(breast)');
  });

  it('reads trials without real patients as in-silico trials', () => {
    expect(ids('who runs fake trials without real patients?')).toEqual(['um']);
    expect(ids('anyone doing computer trials instead of real patients?')).toEqual(['um']);
  });

  it('reads stripping ids out as anonymisation', () => {
    expect(ids('who strips out the patient ids before the images are shared?')).toContain('uams');
  });

  it('reads a calculator of what is worth the money as cost-benefit analysis', () => {
    expect(ids('who has a calculator for whether the tools are worth the investment?')[0]).toBe(
      'onco',
    );
  });

  it('reads the EU data law as the GDPR', () => {
    expect(ids('which org knows the EU data law best?')).toContain('tmf');
  });

  it('reads a checklist that rates studies as the radiomics quality score', () => {
    expect(ids('who rates studies with a quality checklist?')).toEqual(['um']);
  });

  it('reads grant writing as proposal preparation', () => {
    expect(ids('who can help us write funding applications?')).toEqual(['eibir']);
    expect(ids('who helps researchers with grant proposals?')).toEqual(['eibir']);
  });

  it('reads an outfit as an organisation', () => {
    expect(ids('which partners are non-profit outfits?')).toEqual(
      expect.arrayContaining(['crg', 'tmf', 'eibir', 'esoi']),
    );
  });

  it('reads a network of places that store samples as the biobanks', () => {
    // EMC liaises with BBMRI by name, and EIBIR has a network of members: neither is one.
    expect(ids('who runs the network of biobanks?')).toEqual(['bbmri']);
    expect(ids('which partner is a network of tissue banks?')).toEqual(['bbmri']);
    expect(ids('who stores tissue for research across Europe?')[0]).toBe('bbmri');
  });

  it('reads the everyday names of clinicians and scanners', () => {
    // "medical" and "professional" alone found the two societies' members.
    expect(ids('which partners have the medical professionals?')).toEqual(
      expect.arrayContaining(['gumed', 'umu', 'unipi']),
    );
    expect(ids('which partners have the medical professionals?')).not.toContain('eacr');
    expect(bot.answer('which partners have mri machines for the project?').headline).toBe(
      'On mri machines (mri):',
    );
  });
});
