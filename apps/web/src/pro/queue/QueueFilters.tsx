import type { ReactNode } from 'react';
import { navigate } from '../../app/navigation.js';
import { useProI18n } from '../i18n/ProI18n.js';
import { ChoiceSelect } from '../shell/ChoiceSelect.js';

export const STATUS_FILTERS = [
  'open',
  'new',
  'assigned',
  'contacted',
  'appointment_scheduled',
  'closed',
] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

const ASSIGNED_FILTERS = ['any', 'me', 'unassigned'] as const;

export interface QueueFilterValues {
  readonly status: StatusFilter;
  readonly assigned: (typeof ASSIGNED_FILTERS)[number];
  readonly breachedOnly: boolean;
  /** Platform admins: '' = every queue, 'platform' = the platform team's, else a structure id. */
  readonly structure: string;
}

export function filtersFrom(search: URLSearchParams): QueueFilterValues {
  const status = search.get('statut');
  const assigned = search.get('assignee');
  return {
    status: (STATUS_FILTERS as readonly string[]).includes(status ?? '') ? (status as StatusFilter) : 'open',
    assigned: assigned === 'me' || assigned === 'unassigned' ? assigned : 'any',
    breachedOnly: search.get('retard') === '1',
    structure: search.get('structure') ?? '',
  };
}

/** The API query of the filters: "open" is the server's default (every open status). */
export function queryOf(filters: QueueFilterValues): URLSearchParams {
  const query = new URLSearchParams({ assigned: filters.assigned });
  if (filters.status === 'closed') query.set('status', 'closed,closed_unreachable,referred');
  else if (filters.status !== 'open') query.set('status', filters.status);
  if (filters.breachedOnly) query.set('breached', 'true');
  if (filters.structure !== '') query.set('structureId', filters.structure);
  return query;
}

function urlOf(filters: QueueFilterValues): string {
  const search = new URLSearchParams();
  if (filters.status !== 'open') search.set('statut', filters.status);
  if (filters.assigned !== 'any') search.set('assignee', filters.assigned);
  if (filters.breachedOnly) search.set('retard', '1');
  if (filters.structure !== '') search.set('structure', filters.structure);
  const text = search.toString();
  return text === '' ? '/pro' : `/pro?${text}`;
}

/** Filters live in the address, so a filtered queue can be bookmarked and survives a reload. */
export function QueueFilters(props: {
  readonly filters: QueueFilterValues;
  /** Given to platform admins only: the structures on Oz whose queue they may look at. */
  readonly structures?: readonly { readonly structureId: string; readonly name: string }[];
}): ReactNode {
  const { filters, structures } = props;
  const { t } = useProI18n();
  const set = (patch: Partial<QueueFilterValues>): void =>
    navigate(urlOf({ ...filters, ...patch }), { replace: true });
  return (
    <form
      className="pro-filters"
      aria-label={t('queue.filters')}
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="field">
        <ChoiceSelect
          id="filter-status"
          label={t('queue.filterStatus')}
          choices={STATUS_FILTERS}
          value={filters.status}
          labelOf={(status) => t(`queue.filter.${status}`)}
          onChange={(status) => set({ status })}
        />
      </div>
      <div className="field">
        <ChoiceSelect
          id="filter-assigned"
          label={t('queue.filterAssigned')}
          choices={ASSIGNED_FILTERS}
          value={filters.assigned}
          labelOf={(assigned) => t(`queue.filter.${assigned}`)}
          onChange={(assigned) => set({ assigned })}
        />
      </div>
      {structures === undefined ? null : (
        <div className="field">
          <label htmlFor="filter-structure">{t('queue.filterStructure')}</label>
          <select
            id="filter-structure"
            value={filters.structure}
            onChange={(event) => set({ structure: event.target.value })}
          >
            <option value="">{t('queue.filter.allStructures')}</option>
            <option value="platform">{t('queue.filter.platform')}</option>
            {structures.map((structure) => (
              <option key={structure.structureId} value={structure.structureId}>
                {structure.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <label className="consent pro-check">
        <input
          type="checkbox"
          checked={filters.breachedOnly}
          onChange={(event) => set({ breachedOnly: event.target.checked })}
        />
        <span>{t('queue.filterBreached')}</span>
      </label>
    </form>
  );
}
