import { documentedSchema } from '../../core/schema/documentedSchema.ts';
import { EXIT, type Command } from '../command.ts';

export const schemaCommand: Command = {
  name: 'schema',
  options: [],
  operands: { min: 0, max: 0, missing: '' },
  usage: ['schema'],
  help: `schema
  Prints the JSON Schema of linuxkit.yml, with descriptions, for editors:
    linuxkit-studio schema > linuxkit.schema.json
  then start linuxkit.yml with the line
    # yaml-language-server: $schema=./linuxkit.schema.json`,
  async run(_request, io) {
    io.stdout(`${JSON.stringify(documentedSchema, null, 2)}\n`);
    return EXIT.ok;
  },
};
