import type { PartnerKind } from '../schema/dataset.js';

/** A list written as one string: phrases are separated by commas. */
function phrases(text: string): readonly string[] {
  return text
    .split(',')
    .map((p) => p.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

/**
 * Words in an organisation's own name that say its kind, in the languages European consortia
 * write their legal names in, folded to lower-case ASCII. Checked in this order, so that a
 * "University Hospital" is a hospital and a "gemeinnützige GmbH" a non-profit. Phrases match whole
 * words ("medisch centrum").
 */
export const STRONG_NAME_WORDS: readonly (readonly [PartnerKind, readonly string[]])[] = [
  [
    'hospital',
    phrases(`hospital, hopital, ospedale, ospedaliera, ziekenhuis, krankenhaus, klinikum, klinik,
    kliniken, klinikos, clinic, clinica, clinique, ligonine, sjukhus, sykehus, policlinico,
    medical center, medical centre, medisch centrum, university hospital, umc`),
  ],
  ['non-profit', phrases('gemeinnutzige, gemeinnutzig, gemeinnuetzige, e v, ev, vzw, asbl')],
  [
    'university',
    phrases(`university, universitat, universiteit, universita, universidad, universidade,
    universite, universitet, universiteto, universitatea, uniwersytet, unibertsitatea, univerzita,
    yliopisto, egyetem, politecnico, polytechnic, hochschule, hogskola, hogskole, college,
    institute of technology, institut fur technologie`),
  ],
  ['research-infrastructure', phrases('research infrastructure, eric, infrastructure consortium')],
  ['non-profit', phrases('society, association, associazione, asociacion, verein, alliance')],
];

/** Legal forms of companies, as the last word of a name, as written (case counts: "AS", not "as"). */
export const COMPANY_FORMS: ReadonlySet<string> = new Set(
  `GmbH GMBH AG AB SA S.A. SL S.L. SRL S.r.l. Srl SpA S.p.A. BV B.V. NV N.V. Ltd Ltd. LTD Limited
  Inc Inc. LLC plc PLC Oy AS A/S ApS SAS SARL KG Corp Corp. Corporation`.split(/\s+/),
);

/**
 * Words in a name that suggest a kind but give way to what the description says: a "Fundació"
 * can be a research centre, a "Stichting" an institute. Research-centre words come first, since
 * "Fundació Centre de Regulació Genòmica" is a research centre.
 */
export const WEAK_NAME_WORDS: readonly (readonly [PartnerKind, readonly string[]])[] = [
  [
    'research-centre',
    phrases(`centre, center, centro, centrum, zentrum, institute, institut, instituto, istituto,
    instytut, laboratory, laboratoire, laboratorio, agency`),
  ],
  [
    'non-profit',
    phrases(`foundation, fundacio, fundacion, fundacao, fondazione, fondation, stiftung, stichting,
    stiftelsen, stiftelse, federation, network`),
  ],
];

/** What a description calls an organisation ("Lynkeus is an independent … firm"). */
export const DESCRIPTION_WORDS: readonly (readonly [PartnerKind, readonly string[]])[] = [
  ['research-infrastructure', phrases('research infrastructure, research infrastructures')],
  [
    'hospital',
    phrases('hospital, health care institution, healthcare institution, medical centre, clinic'),
  ],
  ['university', phrases('university, universities')],
  [
    'company',
    phrases('company, firm, start up, startup, sme, enterprise, corporation, manufacturer'),
  ],
  [
    'non-profit',
    phrases(`non profit, nonprofit, not for profit, society, association, foundation, network,
    charity, ngo`),
  ],
  [
    'research-centre',
    phrases('research centre, research center, institute, laboratory, agency, service centre'),
  ],
];

/**
 * Lower-case particles of a name written in capitals ("UNIVERSITAT DE BARCELONA" is
 * "Universitat de Barcelona"), in the languages of European legal names.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  `a and at by d da das de dei del della dels der des di do dos du e en et for fur für i in l la
  las le les na och of on pe per pour sui the to und van von y z zu zum zur`.split(/\s+/),
);
