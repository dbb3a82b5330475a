import { asPublic, asStructureType } from '@oz/core';
import type { Public, StructureType } from '@oz/core';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useLocation } from '../../app/navigation.js';
import type { RouteProps } from '../../app/routes.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { PageTitle } from '../../ui/PageTitle.js';
import RecommendationCard from '../recommendation/RecommendationCard.js';
import { AisCard, OrientationBanner } from './Banners.js';
import { CoverageNote } from './CoverageNote.js';
import { useHelpText } from './messages.js';
import { typesForSuggestion } from './nearest.js';
import { PlaceField } from './PlaceField.js';
import { Results } from './Results.js';
import { SearchFilters as Filters } from './SearchFilters.js';
import type { TypeChoice } from './SearchFilters.js';
import { TypeGuide } from './TypeGuide.js';
import { useCareSearch } from './useCareSearch.js';
import type { SearchFilters } from './useCareSearch.js';
import { useGeolocation } from './useGeolocation.js';
import './help.css';

const now = (): Date => new Date();

/**
 * « Trouver de l'aide » (/aide): the national helpline first, then places near a postal code, a commune or the
 * person's position (asked only on tap), nearest first, with a map on demand; works offline from the saved
 * directory. `?type=cjc|csapa|hospital|elsa|caarud` comes from the pathway; `?pour=proche` from the entourage page.
 */
export default function HelpPage(_props: RouteProps): ReactNode {
  const { t } = useI18n();
  const text = useHelpText();
  const { search } = useLocation();
  const suggested = asStructureType(search.get('type'));
  const forEntourage = search.get('pour') === 'proche';
  const [typeChoice, setTypeChoice] = useState<TypeChoice>(suggested === undefined ? 'all' : 'suggested');
  const [publicServed, setPublicServed] = useState<Public | undefined>(
    forEntourage ? 'entourage' : suggested === 'cjc' ? 'young' : undefined,
  );
  const filters: SearchFilters = { types: typesFor(typeChoice, suggested), publicServed };
  const care = useCareSearch(now);
  const geolocation = useGeolocation(text('results.position'));

  const searchHere = (): void => {
    void geolocation.locate().then((place) => {
      if (place !== undefined) care.searchPlace(place, filters);
    });
  };
  const chooseType = (choice: TypeChoice): void => {
    setTypeChoice(choice);
    care.repeat({ ...filters, types: typesFor(choice, suggested) });
  };
  const choosePublic = (value: string): void => {
    const served = asPublic(value);
    setPublicServed(served);
    care.repeat({ ...filters, publicServed: served });
  };

  return (
    <>
      <PageTitle>{t('route.help')}</PageTitle>
      <p>{text('intro')}</p>
      {suggested === undefined && !forEntourage ? null : (
        <OrientationBanner suggested={suggested} forEntourage={forEntourage} />
      )}
      <RecommendationCard />
      <AisCard />
      <section className="card" aria-label={text('search.label')}>
        <PlaceField
          onSearchText={(typed) => care.searchText(typed, filters)}
          onPickPlace={(place) => care.searchPlace(place, filters)}
        />
        <button
          type="button"
          className="button button-block"
          onClick={searchHere}
          disabled={geolocation.locating}
        >
          {geolocation.locating ? text('search.locating') : text('search.locate')}
        </button>
        <p className="field-hint">{text('search.locateHint')}</p>
        {geolocation.failed ? (
          <p className="notice notice-error" role="alert">
            {text('error.geolocation')}
          </p>
        ) : null}
        <Filters
          suggested={suggested}
          typeChoice={typeChoice}
          onTypeChoice={chooseType}
          publicServed={publicServed}
          onPublicServed={choosePublic}
        />
      </section>
      <Results state={care.state} onPickPlace={(place) => care.searchPlace(place, filters)} />
      <CoverageNote coverage={care.coverage} />
      <TypeGuide />
    </>
  );
}

function typesFor(choice: TypeChoice, suggested: StructureType | undefined): readonly StructureType[] {
  if (choice === 'all') return [];
  if (choice === 'suggested') return suggested === undefined ? [] : typesForSuggestion(suggested);
  return [choice];
}
