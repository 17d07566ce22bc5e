import { readYaml, type Place } from '../yaml/readYaml.ts';
import { datasetSchemaSchema, type DatasetSchema } from './datasetSchema.ts';
import type { DataIssue } from './issues.ts';

/**
 * Parses and validates a dataset's `.schema.yaml`; each problem carries its YAML line and
 * column. `placeOf(['id'])` finds a field of a valid schema, for later checks.
 */
export function readSchema(
  yamlText: string,
  file: string,
): { schema: DatasetSchema; placeOf: (path: readonly PropertyKey[]) => Place | undefined } | { issues: DataIssue[] } {
  const result = readYaml(yamlText, file, datasetSchemaSchema, { guide: 'docs/du-lieu.md' });
  return 'issues' in result ? result : { schema: result.data, placeOf: result.placeOf };
}
