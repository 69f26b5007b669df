import { describe, expect, it } from 'vitest';
import { readSourceDocument } from '../../../src/core/text/document-sentences.js';

const units = (text: string) => readSourceDocument(text).units.map((u) => u.text);

describe('the sentences a dataset may quote', () => {
  it('include each sentence of a list item, without its bullet', () => {
    expect(
      units('Who does what\n\n- SINTEF coordinates the project. It leads WP1.\n- KIT leads WP2.\n'),
    ).toEqual(
      expect.arrayContaining([
        'SINTEF coordinates the project.',
        'It leads WP1.',
        'KIT leads WP2.',
      ]),
    );
  });

  it('include the sentence after a label, without the label', () => {
    expect(units('**Role in the project:** CMCC leads WP1. It also contributes to WP3.\n')).toEqual(
      expect.arrayContaining(['CMCC leads WP1.', 'It also contributes to WP3.']),
    );
    expect(units('Role: TUD coordinates the project.\n')).toContain('TUD coordinates the project.');
  });

  it('do not include a piece of a wrapped sentence after a plain label', () => {
    expect(units('Note: the partners\nwill meet in Vienna.\n')).not.toContain('the partners');
  });
});
