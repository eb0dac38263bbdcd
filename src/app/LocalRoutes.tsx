import type { Locale } from '../content/schema';
import type { Route } from '../routes';
import { VeiligThuisScreen } from '../ui/VeiligThuisScreen';
import { LinesScreen } from '../ui/LinesScreen';
import { RegionScreen } from '../ui/RegionScreen';
import { OrganisationScreen } from '../ui/OrganisationScreen';

export type LocalRoute = Extract<Route, { name: 'veiligThuis' | 'lines' | 'region' | 'organisation' }>;

/** Whom to call, outside any case: one lazily loaded group, with its own strings ('local'). */
export function LocalRoutes({ route, lang }: { route: LocalRoute; lang: Locale }) {
  switch (route.name) {
    case 'veiligThuis':
      return <VeiligThuisScreen lang={lang} />;
    case 'lines':
      return <LinesScreen lang={lang} />;
    case 'region':
      return <RegionScreen region={route.region} lang={lang} />;
    case 'organisation':
      return <OrganisationScreen lang={lang} />;
    default:
      return route satisfies never;
  }
}
