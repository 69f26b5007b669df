/**
 * Regions inside a country that an organisation's own name often gives, in English and in the
 * region's own languages: "Universidad del País Vasco / Euskal Herriko Unibertsitatea" is the
 * University of the Basque Country. The native names are Eurostat's NUTS 2021 region names
 * (https://ec.europa.eu/eurostat/web/nuts, NUTS 2021 classification, in force 2021–2024, and
 * unchanged for these regions in NUTS 2024), with the forms names take (the Basque genitive
 * "Euskal Herriko"); the English names are those the EU's Interinstitutional Style Guide uses.
 * A partner is in such a region when one of its names says so, or when the dataset's city for
 * it is one of the region's `cities`: the seats of its NUTS 3 regions (provinces) and its
 * largest cities, so that "who's in Catalonia?" finds the partners in Barcelona.
 */
export const SUBNATIONAL_REGIONS = [
  {
    label: 'the Basque Country',
    country: 'ES',
    nuts: 'ES21',
    phrases: [
      'Basque Country',
      'Basque',
      'País Vasco',
      'Euskadi',
      'Euskal Herria',
      'Euskal Herriko',
    ],
    cities: ['Bilbao', 'San Sebastián', 'Donostia', 'Vitoria-Gasteiz'],
  },
  {
    label: 'Catalonia',
    country: 'ES',
    nuts: 'ES51',
    phrases: ['Catalonia', 'Catalan', 'Cataluña', 'Catalunya'],
    cities: ['Barcelona', 'Girona', 'Lleida', 'Tarragona'],
  },
  {
    label: 'Galicia',
    country: 'ES',
    nuts: 'ES11',
    phrases: ['Galicia', 'Galician'],
    cities: ['A Coruña', 'Lugo', 'Ourense', 'Pontevedra', 'Santiago de Compostela', 'Vigo'],
  },
  {
    label: 'Andalusia',
    country: 'ES',
    nuts: 'ES61',
    phrases: ['Andalusia', 'Andalusian', 'Andalucía'],
    cities: [
      'Almería',
      'Cádiz',
      'Córdoba',
      'Granada',
      'Huelva',
      'Jaén',
      'Málaga',
      'Seville',
      'Sevilla',
    ],
  },
  {
    label: 'Tuscany',
    country: 'IT',
    nuts: 'ITI1',
    phrases: ['Tuscany', 'Tuscan', 'Toscana'],
    cities: [
      'Florence',
      'Firenze',
      'Pisa',
      'Siena',
      'Livorno',
      'Lucca',
      'Arezzo',
      'Grosseto',
      'Pistoia',
      'Prato',
    ],
  },
  {
    label: 'Lombardy',
    country: 'IT',
    nuts: 'ITC4',
    phrases: ['Lombardy', 'Lombardia'],
    cities: [
      'Milan',
      'Milano',
      'Bergamo',
      'Brescia',
      'Como',
      'Cremona',
      'Lecco',
      'Lodi',
      'Mantua',
      'Monza',
      'Pavia',
      'Varese',
    ],
  },
  {
    label: 'Bavaria',
    country: 'DE',
    nuts: 'DE2',
    phrases: ['Bavaria', 'Bavarian', 'Bayern'],
    cities: [
      'Munich',
      'München',
      'Nuremberg',
      'Nürnberg',
      'Augsburg',
      'Regensburg',
      'Würzburg',
      'Erlangen',
      'Ingolstadt',
      'Bamberg',
      'Bayreuth',
      'Passau',
    ],
  },
  {
    label: 'Flanders',
    country: 'BE',
    nuts: 'BE2',
    phrases: ['Flanders', 'Flemish', 'Vlaanderen'],
    cities: [
      'Antwerp',
      'Antwerpen',
      'Ghent',
      'Gent',
      'Bruges',
      'Brugge',
      'Leuven',
      'Hasselt',
      'Mechelen',
      'Kortrijk',
    ],
  },
  {
    label: 'Wallonia',
    country: 'BE',
    nuts: 'BE3',
    phrases: ['Wallonia', 'Walloon', 'Wallonie'],
    cities: ['Liège', 'Namur', 'Charleroi', 'Mons', 'Arlon', 'Wavre', 'Louvain-la-Neuve'],
  },
] as const;
