/** One file of the build: today there is one, `linuxkit.yml`. */
export interface StudioFile {
  name: string;
  text: string;
}

/** The name of the one file (what Export downloads). */
export const MAIN_FILE = 'linuxkit.yml';
