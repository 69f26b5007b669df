import { pathToFileURL } from 'node:url';
import { CUE_PHRASES } from '../src/core/lexicon/cues.js';
import { KIND_WORDS } from '../src/core/lexicon/kinds.js';
import type {
  Dataset,
  Partner,
  PartnerKind,
  Role,
  WorkPackage,
} from '../src/core/schema/dataset.js';
import { STOPWORDS } from '../src/core/text/stopwords.js';

/** A seeded source of randomness; the same seed gives the same sequence on every machine. */
export interface Random {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  sample<T>(items: readonly T[], count: number): T[];
}

/** mulberry32: tiny and fast, and enough for test data (not for anything secret). */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick,
    chance: (probability) => next() < probability,
    sample<T>(items: readonly T[], count: number): T[] {
      const copy = [...items];
      for (let i = 0; i < Math.min(count, copy.length); i++) {
        const j = i + Math.floor(next() * (copy.length - i));
        [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
      }
      return copy.slice(0, count);
    },
  };
}

const list = (text: string): string[] => text.split(',').map((s) => s.replace(/\s+/g, ' ').trim());

type Category = 'imaging' | 'clinical' | 'ai' | 'data' | 'legal' | 'outreach';

/** The topic vocabulary: a few hundred research terms, and the modifiers that make them specific. */
const TERMS: Record<Category, { terms: string[]; modifiers: string[] }> = {
  imaging: {
    terms:
      list(`mri, ct, pet, ultrasound, mammography, digital breast tomosynthesis, contrast-enhanced
      mri, diffusion-weighted imaging, perfusion imaging, whole-slide imaging, digital pathology,
      histopathology, radiology, nuclear medicine, spectral ct, cone-beam ct, hybrid imaging, molecular
      imaging, optical imaging, photoacoustic imaging, elastography, endoscopy, colonoscopy, x-ray,
      radiography, tomography, functional mri, image reconstruction, low-dose ct, image quality, dose
      reduction, image acquisition, acquisition protocols, imaging phantoms, scanner calibration,
      image preprocessing, imaging biomarkers, quantitative imaging, texture analysis, image analysis`),
    modifiers: list(`liver, breast, colorectal, lung, prostate, pancreatic, brain, paediatric,
      whole-body, abdominal`),
  },
  clinical: {
    terms: list(`breast cancer, liver cancer, colorectal cancer, lung cancer, prostate cancer,
      pancreatic cancer, glioblastoma, melanoma, lymphoma, hepatocellular carcinoma, liver metastases,
      lung nodules, tumour detection, tumour staging, treatment response, survival prediction,
      recurrence prediction, screening, early detection, clinical trials, clinical validation, clinical
      workflow, clinical decision support, radiotherapy, radiotherapy planning, chemotherapy,
      immunotherapy, precision oncology, molecular oncology, oncology, surgical oncology, biopsy, liquid
      biopsy, biomarkers, genomics, radiogenomics, pathology, patient stratification, risk prediction,
      prognosis, diagnosis, differential diagnosis, patient outcomes, quality of life, patient-reported
      outcomes, health economics, health technology assessment, cost-effectiveness, clinical use cases,
      reader studies`),
    modifiers: list('liver, breast, colorectal, lung, prostate, paediatric'),
  },
  ai: {
    terms:
      list(`machine learning, deep learning, artificial intelligence, federated learning, transfer
      learning, self-supervised learning, active learning, reinforcement learning, convolutional neural
      networks, transformers, foundation models, generative models, synthetic data, data augmentation,
      segmentation, image segmentation, lesion segmentation, organ segmentation, classification,
      detection, image registration, object detection, radiomics, feature extraction, explainability,
      interpretability, uncertainty estimation, uncertainty quantification, model calibration,
      robustness, algorithmic bias, fairness, domain adaptation, image harmonisation, model validation,
      external validation, benchmarking, performance metrics, ai assessment, model monitoring,
      continual learning, natural language processing, survival analysis, statistical modelling,
      bayesian inference, causal inference, multimodal fusion, computer vision, digital twins,
      in-silico trials`),
    modifiers: list(`liver, breast, lung, prostate, 3d, multimodal, privacy-preserving, robust,
      automated, real-time`),
  },
  data: {
    terms: list(`data management, data governance, data sharing, data access, data curation, data
      quality, data annotation, image annotation, annotation tools, labelling, metadata, data
      catalogue, data standards, interoperability, fair data, ontologies, dicom, hl7 fhir, omop,
      common data model, data harmonisation, data integration, data pipelines, data storage, cloud
      computing, high-performance computing, supercomputing, containerisation, workflow management,
      software engineering, open source, web portal, platform development, api, biobanking, biobanks,
      imaging repository, data lake, pacs, xnat, cohort databases, cybersecurity, it security, secure
      processing environment, trusted research environment, distributed computing, data provenance,
      data versioning`),
    modifiers: list(`multi-centre, cross-border, federated, large-scale, longitudinal, clinical,
      imaging`),
  },
  legal: {
    terms: list(`gdpr, data protection, privacy, privacy by design, anonymisation, pseudonymisation,
      informed consent, ethics, ai ethics, legal framework, regulatory affairs, medical device
      regulation, ai act, certification, ce marking, policy, data ethics, societal impact, trustworthy
      ai, accountability, transparency, intellectual property, data access agreements, contractual
      framework, data transfer agreements, ethics approval, risk assessment, liability`),
    modifiers: list(`cross-border, eu-wide, national, institutional`),
  },
  outreach: {
    terms: list(`project management, quality assurance, risk management, dissemination,
      communication, outreach, exploitation, business models, commercialisation, market analysis,
      sustainability, training, education, capacity building, stakeholder engagement, patient
      engagement, patient advocacy, citizen science, public engagement, standardisation, open science,
      open access, innovation management, technology transfer, summer schools, webinars, workshops,
      scientific conferences, policy recommendations, data management plan`),
    modifiers: list(`international, european, clinical, industry-facing, patient-facing`),
  },
};
const CATEGORIES = Object.keys(TERMS) as Category[];

/** Words shown in capitals in sentences; keywords stay lower case. */
const CAPITALS = new Set(
  list('mri,ct,pet,gdpr,dicom,hl7,fhir,omop,pacs,xnat,api,ai,ce,fair,3d,it,eu-wide,x-ray'),
);
const display = (term: string): string =>
  term
    .split(' ')
    .map((w) => (CAPITALS.has(w) ? w.toUpperCase().replace('EU-WIDE', 'EU-wide') : w))
    .join(' ');

/** Forty-odd synonym groups over the vocabulary, as a curator would write them. */
const SYNONYM_GROUPS =
  `mri|magnetic resonance imaging|magnetic resonance; ct|computed tomography|ct scan;
  pet|positron emission tomography|pet scan; ai|artificial intelligence; machine learning|ml|statistical
  learning; deep learning|neural networks|convolutional neural networks; federated learning|distributed
  learning|privacy-preserving learning; anonymisation|pseudonymisation|de-identification; gdpr|general
  data protection regulation|data protection; segmentation|image segmentation|contouring|delineation;
  data annotation|image annotation|labelling; radiomics|quantitative imaging|texture analysis;
  explainability|interpretability|explainable ai|xai; uncertainty estimation|uncertainty
  quantification; data harmonisation|image harmonisation|harmonisation; interoperability|data
  standards; hpc|high-performance computing|supercomputing; dissemination|outreach|communication;
  exploitation|commercialisation|business models; ethics|data ethics|ai ethics; legal framework|regulatory
  affairs|law; mammography|mammogram|mammograms; digital breast tomosynthesis|dbt|tomosynthesis;
  ultrasound|sonography|ultrasonography; digital pathology|whole-slide imaging|histopathology;
  clinical decision support|decision support|cdss; hepatocellular carcinoma|hcc|liver cancer;
  colorectal cancer|bowel cancer|crc; breast cancer|breast carcinoma; lung nodules|pulmonary nodules;
  tumour|tumor|lesion; biomarkers|imaging biomarkers|markers; synthetic data|data synthesis;
  training|education|capacity building; patient engagement|patient advocacy|patient involvement; fair
  data|fair principles; trusted research environment|secure processing environment|tre; model
  validation|external validation|clinical validation; benchmarking|performance metrics|evaluation; data
  curation|data quality|quality control; cloud computing|cloud|cloud infrastructure; hl7 fhir|fhir;
  omop|common data model|omop cdm; informed consent|consent|patient consent; medical device
  regulation|mdr|ce marking; radiotherapy|radiation therapy|radiation oncology; screening|early
  detection|population screening; survival prediction|prognosis|outcome prediction; treatment
  response|therapy response|response assessment`
    .split(';')
    .map((group) => group.split('|').map((t) => t.replace(/\s+/g, ' ').trim()));

/** Country, weight, company suffix, local university name, cities. */
const COUNTRIES =
  `Germany/10/GmbH/Universität {city}/Berlin,Munich,Heidelberg,Hamburg,Freiburg,Dresden,Tübingen,Cologne,Leipzig,Mainz
France/9/SAS/Université de {city}/Paris,Lyon,Marseille,Toulouse,Bordeaux,Lille,Nantes,Strasbourg,Montpellier
Spain/8/S.L./Universidad de {city}/Madrid,Barcelona,Valencia,Seville,Bilbao,Granada,Zaragoza,Salamanca,Málaga
Italy/8/S.r.l./Università di {city}/Milan,Rome,Turin,Bologna,Naples,Florence,Pisa,Padua,Genoa
Netherlands/6/B.V./Universiteit {city}/Amsterdam,Rotterdam,Utrecht,Leiden,Groningen,Nijmegen,Maastricht,Eindhoven
United Kingdom/7/Ltd//London,Oxford,Cambridge,Manchester,Edinburgh,Glasgow,Leeds,Bristol
Belgium/4/NV/Universiteit {city}/Brussels,Leuven,Ghent,Antwerp,Liège
Austria/3/GmbH/Universität {city}/Vienna,Graz,Innsbruck,Salzburg,Linz
Switzerland/4/AG/Universität {city}/Zurich,Basel,Bern,Geneva,Lausanne
Sweden/4/AB/{city} universitet/Stockholm,Gothenburg,Uppsala,Lund,Umeå,Linköping
Norway/3/AS/Universitetet i {city}/Oslo,Bergen,Trondheim,Tromsø,Stavanger
Denmark/3/ApS/{city} Universitet/Copenhagen,Aarhus,Odense,Aalborg
Finland/3/Oy//Helsinki,Turku,Tampere,Oulu,Kuopio
Poland/5/sp. z o.o.//Warsaw,Kraków,Gdańsk,Wrocław,Poznań,Łódź
Portugal/3/Lda./Universidade de {city}/Lisbon,Porto,Coimbra,Braga
Greece/3/S.A.//Athens,Thessaloniki,Patras,Heraklion
Ireland/2/Ltd//Dublin,Cork,Galway,Limerick
Czechia/2/s.r.o.//Prague,Brno,Olomouc,Ostrava
Hungary/2/Kft.//Budapest,Debrecen,Szeged,Pécs
Romania/2/S.R.L.//Bucharest,Cluj-Napoca,Iași,Timișoara
Lithuania/1/UAB//Vilnius,Kaunas,Klaipėda
Estonia/1/OÜ//Tallinn,Tartu
Latvia/1/SIA//Riga,Daugavpils
Slovenia/1/d.o.o./Univerza v {city}/Ljubljana,Maribor
Croatia/1/d.o.o./Sveučilište u {city}/Zagreb,Split,Rijeka
Bulgaria/1/EOOD//Sofia,Plovdiv,Varna
Slovakia/1/s.r.o.//Bratislava,Košice
Luxembourg/1/S.à r.l./Université du {city}/Luxembourg
Iceland/1/ehf.//Reykjavik
Cyprus/1/Ltd//Nicosia,Limassol
Malta/1/Ltd//Valletta`
    .split('\n')
    .map((line) => {
      const [name = '', weight = '1', suffix = '', university = '', cities = ''] = line.split('/');
      return { name, weight: Number(weight), suffix, university, cities: cities.split(',') };
    });
type Country = (typeof COUNTRIES)[number];

const FIELDS = list(`Molecular Oncology, Medical Imaging, Biomedical Engineering, Cancer Research,
  Radiology, Computational Medicine, Health Informatics, Biomedical Informatics, Precision Medicine,
  Translational Oncology, Image Analysis, Medical Physics, Data Science, Clinical Epidemiology, Digital
  Health, Nuclear Medicine, Pathology, Biostatistics, Public Health, Computer Science, Applied
  Mathematics, Cancer Imaging, Radiation Oncology, Genomic Medicine, Bioinformatics, Health Economics,
  Medical Ethics, Imaging Sciences, Oncologic Imaging, Machine Intelligence`);
const SCIENTISTS = list(`Röntgen, Curie, Hounsfield, Lauterbur, Mansfield, Bohr, Vesalius,
  Semmelweis, Lister, Virchow, Ehrlich, Golgi, Meitner, Hevesy, Fleming, Jenner, Harvey, Purkinje`);
const SAINTS = list(`St. Mary's, St. Luke's, Sacred Heart, Holy Cross, St. Olav's, St. Anne's, St.
  Elisabeth, San Raffaele, St. Vincent's`);
const BRAND_START = list(
  'Medi,Quant,Onco,Radi,Neur,Vis,Cyto,Path,Lum,Sono,Gen,Imag,Syn,Astr,Nov,Clar',
);
const BRAND_END = list('ix,ia,on,ora,ex,um,ica,iq,ent,ava,yn,eon');
const REGIONS = list('Nordic,Alpine,Baltic,Iberian,Atlantic,Danube,Rhine,Adriatic,Celtic');
const DOMAINS = list(`Imaging,Analytics,Diagnostics,Health,Medical,Vision,Systems,Robotics,
  Informatics,Radiology,Oncology,Genomics`);
const COMPANY_TAILS = list('Labs,Solutions,Technologies,Software,Partners,Group');

const KIND_WEIGHTS: [PartnerKind, number][] = [
  ['university', 30],
  ['hospital', 20],
  ['research-centre', 20],
  ['company', 18],
  ['non-profit', 8],
  ['research-infrastructure', 4],
];

function weighted<T>(random: Random, items: readonly [T, number][]): T {
  let roll = random.next() * items.reduce((sum, [, w]) => sum + w, 0);
  for (const [item, w] of items) {
    roll -= w;
    if (roll < 0) return item;
  }
  return (items.at(-1) as [T, number])[0];
}

/** A name, the legal name and aliases for one organisation of a kind, before uniqueness. */
function nameFor(kind: PartnerKind, country: Country, city: string, random: Random) {
  const field = random.pick(FIELDS);
  const options: Record<PartnerKind, () => { name: string; legal?: string; aliases?: string[] }> = {
    university: () => {
      const name = random.pick([
        `University of ${city}`,
        `${city} University`,
        `Technical University of ${city}`,
        `Medical University of ${city}`,
        `${city} University of Applied Sciences`,
      ]);
      const local = country.university.replace('{city}', city);
      return name === `University of ${city}` && local !== ''
        ? { name, legal: local, aliases: [local] }
        : { name };
    },
    hospital: () => ({
      name: random.pick([
        `${city} University Hospital`,
        `${random.pick(SAINTS)} Hospital ${city}`,
        `${city} Comprehensive Cancer Centre`,
        `Clinical Hospital Centre ${city}`,
        `${city} General Hospital`,
        `${city} Children's Hospital`,
      ]),
    }),
    'research-centre': () => ({
      name: random.pick([
        `Institute for ${field} ${city}`,
        `${city} Centre for ${field}`,
        `${random.pick(SCIENTISTS)} Institute of ${field}`,
        `${city} Research Centre for ${field}`,
      ]),
    }),
    company: () => {
      const brand = `${random.pick(BRAND_START)}${random.pick(BRAND_END)}`;
      const name = random.chance(0.6)
        ? `${brand} ${random.pick(DOMAINS)}`
        : `${random.pick(REGIONS)} ${random.pick(DOMAINS)} ${random.pick(COMPANY_TAILS)}`;
      const legal = `${name} ${country.suffix}`;
      return { name, legal, aliases: [legal] };
    },
    'non-profit': () => ({
      name: random.pick([
        `European Society of ${field}`,
        `European Association for ${field}`,
        `${city} Foundation for ${field}`,
        `${random.pick(SCIENTISTS)} Cancer Foundation`,
        `Alliance for ${field} in Europe`,
      ]),
    }),
    'research-infrastructure': () => ({
      name: random.pick([
        `European ${field} Infrastructure`,
        `${field} Research Infrastructure Consortium`,
        `${city} ${field} Data Hub`,
      ]),
    }),
  };
  return options[kind]();
}

const UNITS = list('Department, Division, Laboratory');
const CONNECTORS = new Set(list("of,for,and,in,the,de,di,du,i,u,v,y,&,–,St.,Children's"));

/** Lower-case ASCII: "Łódź" → "lodz", so ids and acronyms stay within the schema's patterns. */
function toAscii(text: string): string {
  return text
    .replace(/[łŁ]/g, (c) => (c === 'ł' ? 'l' : 'L'))
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\x20-\x7e]/g, '');
}

/** Words an acronym must not be, or the bot would read a partner where a topic or cue was meant. */
function reservedWords(): Set<string> {
  const words = new Set<string>(STOPWORDS);
  const phrases = [
    ...Object.values(CUE_PHRASES).flat(),
    ...Object.values(KIND_WORDS).flat(),
    ...CATEGORIES.flatMap((c) => [...TERMS[c].terms, ...TERMS[c].modifiers]),
    ...SYNONYM_GROUPS.flat(),
    ...COUNTRIES.map((c) => c.name),
  ];
  for (const phrase of phrases)
    for (const w of phrase.toLowerCase().split(/[^a-z0-9]+/)) words.add(w);
  return words;
}

function acronymCandidates(name: string, kind: PartnerKind, city: string, index: number): string[] {
  const words = toAscii(name).split(/[\s-]+/);
  const initials = words
    .filter((w) => w !== '' && !CONNECTORS.has(w) && /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');
  const brand = words[0]?.toUpperCase() ?? '';
  // "Quantix Imaging" is QUANTIX, as companies go by their brand; the rest by initials.
  const base = kind === 'company' && words.length === 2 && brand.length <= 8 ? brand : initials;
  const tag = toAscii(city).slice(0, 3).toUpperCase();
  return [base, `${base}-${tag}`, `${base}${tag.slice(0, 1)}`, `${base}-${index + 1}`];
}

// Sentence frames neutral enough for any topic: a disease, a method or an activity.
const LEAD_TEMPLATES = [
  (a: string, wp: string, m: string, x: string, y: string) => [
    `${a} leads ${wp}, coordinating the work on ${m}, ${x} and ${y}.`,
    `Leads the work on ${m}, ${x} and ${y}`,
  ],
  (a: string, wp: string, m: string, x: string) => [
    `${a} leads ${wp} and manages its tasks on ${m}, building on its experience with ${x}.`,
    `Leads ${wp}, managing its tasks on ${m}`,
  ],
];
const MEMBER_TEMPLATES = [
  (a: string, wp: string, m: string, x: string, y: string) => [
    `In ${wp}, ${a} carries out research on ${m}, with a focus on ${x} and ${y}.`,
    `Carries out research on ${m}, focusing on ${x} and ${y}`,
  ],
  (a: string, wp: string, m: string, x: string) => [
    `${a} contributes its expertise in ${x} to ${wp}, where it works on ${m}.`,
    `Contributes expertise in ${x} to the work on ${m}`,
  ],
  (a: string, wp: string, m: string, x: string, y: string) => [
    `${a} brings its experience with ${m} to ${wp} and supports the work on ${x} and ${y}.`,
    `Brings experience with ${m} and supports ${x} and ${y}`,
  ],
  (a: string, wp: string, m: string, x: string) => [
    `${a} is involved in ${wp}, working on ${m} with the clinical partners and drawing on its experience in ${x}.`,
    `Works on ${m} with the clinical partners, drawing on its experience in ${x}`,
  ],
];
const FREE_TEMPLATES = [
  (a: string, m: string, x: string) => [
    `${a} advises the consortium on ${m} and ${x}.`,
    `Advises the consortium on ${m} and ${x}`,
  ],
  (a: string, m: string, x: string, y: string) => [
    `${a} also brings expertise in ${m}, ${x} and ${y} to the project.`,
    `Brings expertise in ${m}, ${x} and ${y}`,
  ],
];

const WORK_PACKAGE_THEMES: [string, Category[]][] = [
  ['Project management and scientific coordination', ['outreach']],
  ['Ethics, legal and data protection', ['legal']],
  ['Data management and interoperability', ['data']],
  ['Image acquisition, annotation and curation', ['imaging', 'data']],
  ['AI model development', ['ai']],
  ['Clinical validation and use cases', ['clinical']],
  ['Federated learning infrastructure', ['data', 'ai']],
  ['Imaging biomarkers and radiomics', ['imaging', 'ai']],
  ['Clinical decision support', ['clinical', 'ai']],
  ['Health economics and regulatory pathways', ['clinical', 'legal']],
  ['Training and capacity building', ['outreach']],
  ['Dissemination, exploitation and sustainability', ['outreach']],
];

function makeRole(random: Random, acronym: string, wpIndex: number | null, lead: boolean): Role {
  const category = random.pick(
    wpIndex === null ? CATEGORIES : (WORK_PACKAGE_THEMES[wpIndex]?.[1] ?? CATEGORIES),
  );
  const { terms, modifiers } = TERMS[category];
  const main = random.pick(terms);
  const modifier = random.pick(modifiers);
  // "breast mri", "cross-border data sharing": specific phrases few partners share.
  const generic = /cancer|carcinoma|metastases|nodules|oma$|oncology/.test(main);
  const specific =
    random.chance(0.5) && !generic && !main.includes(modifier) ? `${modifier} ${main}` : main;
  const related = random.sample(
    terms.filter((t) => t !== main),
    random.int(2, 5),
  );
  const keywords = [...new Set([specific, main, ...related])].slice(0, 8);
  const [m, x, y] = [display(specific), display(related[0] ?? main), display(related[1] ?? main)];
  const wp = wpIndex === null ? null : `WP${wpIndex + 1}`;
  const [source = '', summary = ''] =
    wp === null
      ? random.pick(FREE_TEMPLATES)(acronym, m, x, y)
      : random.pick(lead ? LEAD_TEMPLATES : MEMBER_TEMPLATES)(acronym, wp, m, x, y);
  return { summary, wp, lead, keywords, source };
}

const PROFILE_LABELS: Record<PartnerKind, string> = {
  university: 'university',
  hospital: 'hospital',
  'research-centre': 'research centre',
  company: 'company',
  'non-profit': 'non-profit organisation',
  'research-infrastructure': 'research infrastructure',
};

function profileFor(
  random: Random,
  kind: PartnerKind,
  name: string,
  city: string,
  country: string,
) {
  const [a, b, c] = random.sample(TERMS[random.pick(CATEGORIES)].terms, 3).map(display);
  const label = PROFILE_LABELS[kind];
  const adjective = random.pick(['leading', 'well-established', 'young', 'renowned']);
  return random.chance(0.5)
    ? `A ${adjective} ${label} in ${city}, ${country}, whose teams work on ${a}, ${b} and ${c}.`
    : `Founded in ${random.int(1890, 2019)}, ${name} is a ${label} in ${city} known for its work on ${a} and ${b}.`;
}

/** An id the schema accepts: "UM-MAR" becomes "um-mar". */
function idOf(acronym: string): string {
  return acronym
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** What stays unique across one generated dataset. */
interface Registry {
  names: Set<string>;
  ids: Set<string>;
  reserved: Set<string>;
}

function makePartner(
  random: Random,
  i: number,
  registry: Registry,
  leads: number[],
  consortiumName: string,
  earlier: readonly Partner[],
): Partner {
  const country = weighted(
    random,
    COUNTRIES.map((c): [Country, number] => [c, c.weight]),
  );
  let city = random.pick(country.cities);
  const kind = i === 0 ? 'university' : weighted(random, KIND_WEIGHTS);
  let named = nameFor(kind, country, city, random);
  // Large consortia run out of "University of X": a department of it takes part instead.
  for (let attempt = 0; registry.names.has(named.name); attempt++) {
    city = random.pick(country.cities);
    named = nameFor(kind, country, city, random);
    if (attempt >= 10)
      named = { name: `${random.pick(UNITS)} of ${random.pick(FIELDS)}, ${named.name}` };
    if (attempt >= 100) named = { name: `${named.name} ${attempt}` };
  }
  registry.names.add(named.name);
  const acronym =
    acronymCandidates(named.name, kind, city, i).find(
      (candidate) =>
        candidate.length >= 2 &&
        !registry.reserved.has(candidate.toLowerCase()) &&
        !registry.ids.has(idOf(candidate)),
    ) ?? `ORG${i + 1}`;
  registry.ids.add(idOf(acronym));
  const roles: Role[] = [];
  if (i === 0)
    roles.push({
      summary: 'Project Coordinator',
      wp: null,
      lead: true,
      keywords: ['coordinator', 'project coordinator', 'coordination'],
      source: `${acronym} is the Project Coordinator of ${consortiumName}, chairing the General Assembly and the Project Management Board.`,
    });
  for (const wp of leads) roles.push(makeRole(random, acronym, wp, true));
  const count = weighted<number>(random, [
    [1, 25],
    [2, 35],
    [3, 25],
    [4, 15],
  ]);
  while (roles.length < count)
    roles.push(makeRole(random, acronym, random.chance(0.85) ? random.int(0, 11) : null, false));
  const parent = i > 0 && random.chance(0.03) ? earlier[random.int(0, i - 1)] : undefined;
  const relation = random.pick(['linked third party', 'affiliated entity', 'third party']);
  const cityAlias = random.chance(0.2) ? [`${acronym} ${city}`] : [];
  return {
    id: idOf(acronym),
    acronym,
    legalName: named.legal ?? named.name,
    name: named.name,
    aliases: [...new Set([...(named.aliases ?? []), ...cityAlias])],
    country: country.name,
    kind,
    parent: parent ? { id: parent.id, relation } : null,
    coordinator: i === 0,
    profile: profileFor(random, kind, named.name, city, country.name),
    roles,
  };
}

function makeWorkPackage(random: Random, i: number, leader: Partner, partners: Partner[]) {
  const [title = '', categories = []] = WORK_PACKAGE_THEMES[i] ?? [];
  const id = `WP${i + 1}`;
  const leaderSource = leader.roles.find((r) => r.wp === id && r.lead)?.source ?? '';
  const members = partners
    .flatMap((p) => p.roles)
    .filter((r) => r.wp === id && !r.lead)
    .slice(0, 3)
    .map((r) => r.source);
  const keywords = random.sample(
    categories.flatMap((c) => TERMS[c].terms),
    random.int(6, 10),
  );
  return {
    id,
    title,
    covers: `${title}: ${keywords.slice(0, 5).map(display).join(', ')}, across the consortium's clinical use cases.`,
    keywords,
    leader: leader.id,
    leaderSource,
    sources: [...new Set([leaderSource, ...members])],
  } satisfies WorkPackage;
}

/**
 * Builds a valid, realistic-looking consortium of `organisations` partners, deterministically
 * from `seed`: unique names, acronyms and ids, 1–4 roles each (more only when fewer than twelve
 * partners must lead twelve work packages), WP1–WP12 with leaders, a coordinator, and forty
 * synonym groups. For benchmarks and scale tests.
 */
export function generateDataset(organisations: number, seed: number): Dataset {
  if (!Number.isInteger(organisations) || organisations < 1)
    throw new RangeError(`organisations must be a positive integer, got ${organisations}`);
  const random = createRandom(seed);
  const registry: Registry = { names: new Set(), ids: new Set(), reserved: reservedWords() };
  const consortiumName = `${random.pick(['Eu', 'Euro', 'Pan', 'Nord'])}${random.pick(['Can', 'Onco', 'Rad', 'Med'])}${random.pick(['Image', 'Net', 'Scan', 'Vision', 'Link'])}`;
  // WP1 is the coordinator's; the others get distinct leaders while there are enough partners.
  const others = Array.from({ length: organisations - 1 }, (_, i) => i + 1);
  const picked = random.sample(others, WORK_PACKAGE_THEMES.length - 1);
  const leaders = WORK_PACKAGE_THEMES.map((_, i) =>
    i === 0 || others.length === 0 ? 0 : (picked[i - 1] ?? others[i % others.length] ?? 0),
  );
  const partners: Partner[] = [];
  for (let i = 0; i < organisations; i++) {
    const leads = leaders.flatMap((leader, wp) => (leader === i ? [wp] : []));
    partners.push(makePartner(random, i, registry, leads, consortiumName, partners));
  }
  const workPackages = WORK_PACKAGE_THEMES.map((_, i) =>
    makeWorkPackage(random, i, partners[leaders[i] ?? 0] as Partner, partners),
  );
  const coordinator = partners[0] as Partner;
  return {
    consortium: {
      name: consortiumName,
      description: `${consortiumName} is a consortium of ${organisations} universities, hospitals, research centres, companies and societies, coordinated by ${coordinator.name}, working on AI for cancer imaging.`,
      coordinator: coordinator.id,
      sourceDocument: null,
    },
    workPackages,
    partners,
    synonyms: random.sample(SYNONYM_GROUPS, 40).map((terms) => ({ terms })),
  };
}

// `npx tsx scripts/generate-dataset.ts 1000 42 > big.json` writes a dataset to try the bot on.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [organisations = '1000', seed = '1'] = process.argv.slice(2);
  process.stdout.write(
    `${JSON.stringify(generateDataset(Number(organisations), Number(seed)), null, 2)}\n`,
  );
}
