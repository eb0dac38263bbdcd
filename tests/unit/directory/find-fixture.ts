import shipped from '../../../content/veilig-thuis/directory.json';
import type { Directory } from '../../../src/directory/types';

// The real directory (content/veilig-thuis/directory.json) for the real gemeenten, with former
// names, aliases and a postcode table of this test's own: the shipped file may not have them yet.
// The postcodes here are a fixture, not a claim about where a postcode lies.
export const real = shipped as Directory;
export const fixture: Directory = {
  ...real,
  sources: { ...real.sources, herindelingen: { title: 'Fixture: herindelingen', url: 'https://example.org/', date: '2025' } },
  former: [
    { name: 'Weesp', until: '2022-03-24', to: ['GM0363'], source: 'herindelingen' },
    { name: 'Haaren', until: '2021-01-01', to: ['GM0757', 'GM0824', 'GM0855', 'GM0865'], source: 'herindelingen' },
    { name: 'Landerd', until: '2022-01-01', to: ['GM1991'], source: 'herindelingen' },
  ],
  aliases: [
    { name: 'Den Bosch', code: 'GM0796' },
    { name: 'Den Haag', code: 'GM0518' },
  ],
  postcodes: { '2801': ['GM0513'], '5076': ['GM0865', 'GM0824'] },
};
