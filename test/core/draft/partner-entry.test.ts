import { describe, expect, it } from 'vitest';
import { createCountryFinder } from '../../../src/core/draft/countries.js';
import { numberedName, parsePartnerEntry } from '../../../src/core/draft/partner-entry.js';

const finder = createCountryFinder();
const parse = (line: string) => parsePartnerEntry(line, line, finder);

describe('parsePartnerEntry', () => {
  it.each([
    ['UNIVERSITAT DE BARCELONA (UB), Spain', 'UNIVERSITAT DE BARCELONA', 'UB', 'Spain', null],
    ['Lynkeus (LYN)', 'Lynkeus', 'LYN', null, null],
    ['LYNKEUS, Italy', 'LYNKEUS', null, 'Italy', null],
    [
      'UNIVERSITY OF ARKANSAS (UAMS/TCIA), United States of America',
      'UNIVERSITY OF ARKANSAS',
      'UAMS/TCIA',
      'United States',
      null,
    ],
    [
      'Partner 3 – Universidade do Algarve (UAlg), Faro, Portugal',
      'Universidade do Algarve',
      'UAlg',
      'Portugal',
      'Faro',
    ],
    [
      '1. University College London (UCL, UK)',
      'University College London',
      'UCL',
      'United Kingdom',
      null,
    ],
    ['**Deltares (DELT)** – Delft, Netherlands', 'Deltares', 'DELT', 'Netherlands', 'Delft'],
    ['UB – Universitat de Barcelona (Spain)', 'Universitat de Barcelona', 'UB', 'Spain', null],
    [
      'TUD: Technische Universiteit Delft, NL',
      'Technische Universiteit Delft',
      'TUD',
      'Netherlands',
      null,
    ],
    [
      'Universitat de Barcelona, Barcelona, Spain',
      'Universitat de Barcelona',
      null,
      'Spain',
      'Barcelona',
    ],
    [
      'UNIVERSITEIT MAASTRICHT (UM), Netherlands',
      'UNIVERSITEIT MAASTRICHT',
      'UM',
      'Netherlands',
      null,
    ],
    ['Aarhus Universitet (AU), Denmark', 'Aarhus Universitet', 'AU', 'Denmark', null],
    [
      'BARCELONA SUPERCOMPUTING CENTER – CENTRO NACIONAL, Spain',
      'BARCELONA SUPERCOMPUTING CENTER – CENTRO NACIONAL',
      null,
      'Spain',
      null,
    ],
  ])('reads %j', (line, name, acronym, country, city) => {
    expect(parse(line)).toMatchObject({ name, acronym, country, city });
  });

  it('reads a coordinator mark and a parent', () => {
    expect(parse('UNIVERSITAT DE BARCELONA (Coordinator), Spain')).toMatchObject({
      acronym: null,
      coordinator: true,
      country: 'Spain',
    });
    expect(parse(', Austria/ 3rd Party of BBMRI: Forschung e.V. (TMF), Germany')).toMatchObject({
      name: 'Forschung e.V.',
      acronym: 'TMF',
      country: 'Germany',
      parent: { ref: 'BBMRI', relation: 'third party' },
    });
  });

  it('reads "– coordinator" after the place as a mark, and a numbered heading without acronym', () => {
    expect(
      parse('Wageningen University & Research (WUR), the Netherlands – coordinator'),
    ).toMatchObject({ acronym: 'WUR', country: 'Netherlands', coordinator: true, rest: null });
    expect(numberedName('**Participant no. 1: Technische Universiteit Delft**')).toBe(
      'Technische Universiteit Delft',
    );
    expect(numberedName('Project management and coordination')).toBeNull();
  });

  it('keeps the prose after an entry in a list item', () => {
    expect(parse('University of Oslo (UiO), Norway. UiO leads WP3.')?.rest).toBe('UiO leads WP3.');
  });

  it.each([
    'The University of Barcelona (UB) is one of the oldest universities in Spain',
    'EUCANIMAGE Consortium',
    'WP1: Project management and coordination (lead: SINTEF)',
    'SINTEF coordinates the project and is in charge of the assessment in WP4.',
    'BIOBANKS AND BIOMOLECULAR RESOURCES RESEARCH',
    'Work packages',
    'HYSTORE – Solid-state hydrogen storage materials',
  ])('is no entry: %j', (line) => {
    expect(parse(line)).toBeNull();
  });
});
