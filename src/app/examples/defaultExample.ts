import configSharing from './config-sharing.yml?raw';

/**
 * What a first visit opens: the configuration-sharing example, the first of the gallery.
 * Kept apart from the gallery (index.ts), which loads only when the Examples dialog opens.
 */
export const DEFAULT_EXAMPLE_TEXT: string = configSharing;
