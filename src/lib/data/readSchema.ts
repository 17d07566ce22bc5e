import { readYaml } from '../yaml/readYaml.ts';
import { datasetSchemaSchema, type DatasetSchema } from './datasetSchema.ts';
import type { DataIssue } from './issues.ts';

/** Parses and validates a dataset's `.schema.yaml`; each problem carries its YAML line. */
export function readSchema(yamlText: string, file: string): { schema: DatasetSchema } | { issues: DataIssue[] } {
  const result = readYaml(yamlText, file, datasetSchemaSchema, 'see docs/du-lieu.md for the fields a dataset schema takes');
  return 'issues' in result ? result : { schema: result.data };
}
