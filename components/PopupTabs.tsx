import type { ComponentChildren } from 'preact';

export type PopupTab = 'names' | 'page' | 'all';

const TABS: Array<{ id: PopupTab; label: string }> = [
  { id: 'names', label: 'Names' },
  { id: 'page', label: 'This page' },
  { id: 'all', label: 'All highlights' },
];

export interface PopupTabsProps {
  current: PopupTab;
  onChange: (tab: PopupTab) => void;
  children: ComponentChildren;
}

/** The popup's tabs: the article's names, this page's saved highlights, all saved highlights. */
export function PopupTabs({ current, onChange, children }: PopupTabsProps) {
  const move = (by: number) => {
    const i = TABS.findIndex((t) => t.id === current);
    onChange(TABS[(i + by + TABS.length) % TABS.length]!.id);
  };
  return (
    <>
      <nav
        class="bs-tabs"
        role="tablist"
        aria-label="Backstory"
        onKeyDown={(e) => {
          if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
            e.preventDefault();
            move(e.key === 'ArrowRight' ? 1 : -1);
          }
        }}
      >
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`bs-tab-${t.id}`}
            aria-selected={current === t.id}
            aria-controls="bs-tabpanel"
            tabIndex={current === t.id ? 0 : -1}
            onClick={() => onChange(t.id)}
          >
            {t.label}
          </button>
        ))}
      </nav>
      <div role="tabpanel" id="bs-tabpanel" aria-labelledby={`bs-tab-${current}`}>
        {children}
      </div>
    </>
  );
}
