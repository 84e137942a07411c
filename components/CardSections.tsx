import type { AtlasPlace, PlaceMap } from '../lib/knowledge/atlas';
import type { CardSections as Sections } from '../lib/knowledge/card-sources';
import type { HistoryItem } from '../lib/knowledge/history';
import type { WikipediaSection } from '../lib/knowledge/resolve';

/** What a card's further sections can be: not asked yet, on their way, arrived, or failed. */
export type SectionsState = 'loading' | Sections | { error: string };

export interface CardSectionsProps {
  state: SectionsState;
}

const number = new Intl.NumberFormat('en');

/**
 * A card's sections after the article's own: the reader's history, the atlas, Wikipedia. Plain data in, Preact
 * elements out; every string is rendered as text (never as HTML), and the only image is Wikipedia's thumbnail.
 */
export function CardSections({ state }: CardSectionsProps) {
  if (state === 'loading') return <p class="bs-quiet" data-section="loading">Looking up background…</p>;
  if ('error' in state) return <p class="bs-quiet" data-section="error">Background is unavailable right now.</p>;
  return (
    <>
      {state.history.enabled && state.history.items.length > 0 && <HistorySection items={state.history.items} />}
      {state.atlas && <AtlasSection place={state.atlas} />}
      {state.wikipedia && <WikipediaPart section={state.wikipedia} />}
    </>
  );
}

function HistorySection({ items }: { items: HistoryItem[] }) {
  return (
    <section class="bs-section bs-history" aria-label="In your reading">
      <h3 class="bs-h">Earlier in your reading</h3>
      <ul>
        {items.map((item) => (
          <li key={item.url}>
            <a href={safeHttp(item.url)} target="_blank" rel="noopener noreferrer">{item.title || item.url}</a>
            <span class="bs-small"> · {item.site} · {new Date(item.published ?? item.readAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })}</span>
            <p class="bs-small bs-sentence">{item.sentence}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function AtlasSection({ place }: { place: AtlasPlace }) {
  return (
    <section class="bs-section bs-atlas" aria-label="Atlas">
      <h3 class="bs-h">Atlas</h3>
      <div class="bs-atlas-body">
        <dl class="bs-facts">
          {place.kind === 'country' ? (
            <>
              <dt>Country</dt>
              <dd><span aria-hidden="true">{place.flag} </span>{place.official}</dd>
              {place.capital && (<><dt>Capital</dt><dd>{place.capital}</dd></>)}
              <dt>Region</dt>
              <dd>{place.subregion ?? place.region}</dd>
              {place.population !== undefined && (<><dt>Population</dt><dd>{number.format(place.population)}</dd></>)}
            </>
          ) : (
            <>
              <dt>City</dt>
              <dd>
                {place.name}{place.capital ? ' (capital)' : ''}
                {place.localName && (<><br /><span class="bs-small bs-local">Local name: {place.localName}</span></>)}
              </dd>
              {place.country && (<><dt>Country</dt><dd><span aria-hidden="true">{place.country.flag} </span>{place.country.name}</dd></>)}
              <dt>Population</dt>
              <dd>{number.format(place.population)}</dd>
            </>
          )}
        </dl>
        <PlaceMapSvg map={place.map} label={`Map of ${place.name}`} />
      </div>
      {/* The atlas derives from world-countries (ODbL), GeoNames (CC BY) and Natural Earth: credit where it shows. */}
      <p class="bs-credit">Atlas data: world-countries (ODbL), GeoNames (CC BY 4.0), Natural Earth.</p>
    </section>
  );
}

/** The atlas's small map, drawn as Preact SVG elements: land shapes, the place's shape filled, a dot on it. */
export function PlaceMapSvg({ map, label }: { map: PlaceMap; label: string }) {
  const [, , w = 24] = map.viewBox.split(' ').map(Number);
  const r = Math.max(0.35, w / 60);
  return (
    <svg class="bs-map" viewBox={map.viewBox} role="img" aria-label={label} preserveAspectRatio="xMidYMid meet">
      <rect x="-360" y="-180" width="1080" height="540" class="bs-sea" />
      {map.shapes.map((s) => (
        <path key={s.cca2} d={s.d} class={s.focus ? 'bs-land bs-focus' : 'bs-land'} stroke-width={w / 220} />
      ))}
      <circle cx={map.marker.x} cy={map.marker.y} r={r} class="bs-marker" stroke-width={r / 3} />
    </svg>
  );
}

function WikipediaPart({ section }: { section: WikipediaSection }) {
  switch (section.status) {
    case 'offline':
      return <p class="bs-quiet" data-section="wikipedia-off">Wikipedia is off (offline mode).</p>;
    case 'error':
      return <p class="bs-quiet" data-section="wikipedia-error">Wikipedia can’t be reached right now{section.retryAt ? '; it asked us to wait' : ''}.</p>;
    case 'none':
      return <p class="bs-quiet" data-section="wikipedia-none">No Wikipedia article found for “{section.title}”.</p>;
    case 'disambiguation':
      return (
        <section class="bs-section bs-wiki" aria-label="Wikipedia" data-section="wikipedia-disambiguation">
          <h3 class="bs-h">Wikipedia</h3>
          <p class="bs-small">This name could mean:</p>
          <ul>
            {(section.candidates ?? []).map((c) => (
              <li key={c.title}>
                <a href={safeHttp(c.url)} target="_blank" rel="noopener noreferrer">{c.title}</a>
                {c.description && <span class="bs-small"> — {c.description}</span>}
              </li>
            ))}
          </ul>
          <Credit url={section.url} />
        </section>
      );
    case 'ok':
      return (
        <section class="bs-section bs-wiki" aria-label="Wikipedia" data-section="wikipedia" lang={section.lang} dir={section.dir}>
          <h3 class="bs-h">Wikipedia</h3>
          <div class="bs-wiki-body">
            {section.thumbnail && safeHttp(section.thumbnail.source) !== undefined && (
              <img class="bs-thumb" src={safeHttp(section.thumbnail.source)} alt="" width={64} referrerpolicy="no-referrer" />
            )}
            <div>
              {section.description && <p class="bs-desc">{section.description}</p>}
              {section.extract && <p class="bs-extract">{section.extract}</p>}
            </div>
          </div>
          <Credit url={section.url} />
        </section>
      );
  }
}

function Credit({ url }: { url: string | undefined }) {
  const href = url ? safeHttp(url) : undefined;
  return (
    <p class="bs-credit">
      {href && (<><a href={href} target="_blank" rel="noopener noreferrer">Read more on Wikipedia</a> · </>)}
      Text from Wikipedia, <a href="https://creativecommons.org/licenses/by-sa/4.0/" target="_blank" rel="noopener noreferrer">CC BY-SA</a>
    </p>
  );
}

/** Only http(s) URLs become links or image sources; anything else (javascript:, data:) is dropped. */
export function safeHttp(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
