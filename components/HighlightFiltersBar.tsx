import type { HighlightFilters } from '../lib/saving/filter';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../lib/storage/types';

export interface HighlightFiltersBarProps {
  filters: HighlightFilters;
  sites: string[];
  tags: string[];
  onChange: (filters: HighlightFilters) => void;
}

/** Site, tag, colour and "orphans only" filters for the full-page view. */
export function HighlightFiltersBar({ filters, sites, tags, onChange }: HighlightFiltersBarProps) {
  const set = (patch: Partial<HighlightFilters>) => onChange({ ...filters, ...patch });
  return (
    <div class="bs-filters" role="group" aria-label="Filters">
      <label>
        Site{' '}
        <select value={filters.site} onChange={(e) => set({ site: e.currentTarget.value })}>
          <option value="">any</option>
          {sites.map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
      </label>
      <label>
        Tag{' '}
        <select value={filters.tag} onChange={(e) => set({ tag: e.currentTarget.value })}>
          <option value="">any</option>
          {tags.map((t) => <option key={t} value={t}>#{t}</option>)}
        </select>
      </label>
      <label>
        Colour{' '}
        <select value={filters.color} onChange={(e) => set({ color: e.currentTarget.value as HighlightColor | '' })}>
          <option value="">any</option>
          {HIGHLIGHT_COLORS.map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
      </label>
      <label>
        <input type="checkbox" checked={filters.orphansOnly} onChange={(e) => set({ orphansOnly: e.currentTarget.checked })} /> Only
        highlights not found in their page
      </label>
    </div>
  );
}
