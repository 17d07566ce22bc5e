/**
 * Loads chart interaction only when a chart comes near the viewport: pages without charts
 * never include this, and a chart far down a story costs nothing until the reader gets there.
 */
const figures = document.querySelectorAll<HTMLElement>('figure[data-chart]');

if (figures.length > 0) {
  const enhance = (figure: HTMLElement) => import('./enhanceChart.ts').then(({ enhanceChart }) => enhanceChart(figure));
  if ('IntersectionObserver' in window) {
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          observer.unobserve(entry.target);
          void enhance(entry.target as HTMLElement);
        }
      },
      { rootMargin: '300px 0px' },
    );
    figures.forEach((figure) => observer.observe(figure));
  } else {
    figures.forEach((figure) => void enhance(figure));
  }
}
