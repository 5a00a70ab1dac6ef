// Loaded lazily: Monaco is about 1 MiB gzip, so the graph is usable before it arrives.
import * as monaco from 'monaco-editor';
import { configureMonacoYaml } from 'monaco-yaml';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import YamlWorker from './yaml.worker.ts?worker';
import { documentedSchema } from '../../core/schema/documentedSchema.ts';

globalThis.MonacoEnvironment = {
  getWorker(_moduleId: string, label: string) {
    return label === 'yaml' ? new YamlWorker() : new EditorWorker();
  },
};

configureMonacoYaml(monaco, {
  enableSchemaRequest: false,
  // the core's validator decides what is an error; its diagnostics arrive as markers
  validate: false,
  completion: true,
  hover: true,
  schemas: [
    {
      uri: 'inmemory://linuxkit-studio/linuxkit.schema.json',
      fileMatch: ['*'],
      schema: documentedSchema as never,
    },
  ],
});

export { monaco };
