import configSharing from './config-sharing.yml?raw';

export interface Example {
  id: string;
  title: string;
  summary: string;
  text: string;
}

/** Examples shipped with the app; the first is what a newcomer sees. */
export const EXAMPLES: Example[] = [
  {
    id: 'config-sharing',
    title: 'Configuration sharing',
    summary: 'Two services read their settings from one read-only volume filled from an image.',
    text: configSharing,
  },
];

export const DEFAULT_EXAMPLE = EXAMPLES[0];
