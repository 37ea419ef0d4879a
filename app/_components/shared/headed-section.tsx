import type { ReactNode } from 'react';

const headingClass = { xl: 'text-xl font-bold', lg: 'text-lg font-semibold' } as const;

/** A `<section>` named by its own `<h2>` (for the outline and for screen readers' landmarks). */
export function HeadedSection({
  id,
  heading,
  size = 'xl',
  className = 'grid gap-2',
  children,
}: {
  /** The heading's id, unique on the page. */
  id: string;
  heading: ReactNode;
  size?: keyof typeof headingClass;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className={headingClass[size]}>
        {heading}
      </h2>
      {children}
    </section>
  );
}
