import type { AstroIntegration } from 'astro';

/**
 * Checks the stories a build does not publish (drafts, stories scheduled for later) as it checks
 * published ones, by a route that renders them and emits no page: src/checks/unpublishedStories.ts.
 */
export function unpublishedStories(): AstroIntegration {
  return {
    name: 'thuocdo-unpublished-stories',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({ pattern: '/_unpublished/[id]', entrypoint: './src/checks/unpublishedStories.ts', prerender: true });
      },
    },
  };
}
