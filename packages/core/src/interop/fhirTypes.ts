/**
 * The subset of FHIR R4 (4.0.1) JSON that Oz writes: just enough typing to build valid resources. Field
 * names and cardinalities follow the specification (https://hl7.org/fhir/R4/); the tests validate every
 * bundle against the official R4 JSON schema.
 */

export interface FhirCoding {
  readonly system: string;
  readonly code: string;
  readonly display?: string;
  readonly extension?: readonly FhirExtension[];
}

export interface FhirCodeableConcept {
  readonly coding?: readonly FhirCoding[];
  readonly text?: string;
}

export interface FhirExtension {
  readonly url: string;
  readonly valueDecimal?: number;
}

export interface FhirReference {
  readonly reference: string;
}

export interface FhirQuantity {
  readonly value: number;
  readonly unit: string;
  readonly system: 'http://unitsofmeasure.org';
  readonly code: string;
}

export interface FhirPeriod {
  readonly start: string;
  readonly end: string;
}

export interface FhirPatient {
  readonly resourceType: 'Patient';
  readonly name?: readonly { readonly text: string }[];
}

export interface FhirQuestionnaireResponseItem {
  readonly linkId: string;
  readonly text: string;
  readonly answer: readonly { readonly valueCoding: FhirCoding }[];
}

export interface FhirQuestionnaireResponse {
  readonly resourceType: 'QuestionnaireResponse';
  readonly questionnaire: string;
  readonly status: 'completed';
  readonly subject: FhirReference;
  readonly authored: string;
  readonly source: FhirReference;
  readonly item: readonly FhirQuestionnaireResponseItem[];
}

export interface FhirObservationComponent {
  readonly code: FhirCodeableConcept;
  readonly valueQuantity: FhirQuantity;
}

export interface FhirObservation {
  readonly resourceType: 'Observation';
  readonly status: 'final' | 'preliminary';
  readonly category: readonly FhirCodeableConcept[];
  readonly code: FhirCodeableConcept;
  readonly subject: FhirReference;
  readonly effectiveDateTime?: string;
  readonly effectivePeriod?: FhirPeriod;
  readonly performer: readonly FhirReference[];
  readonly valueInteger?: number;
  readonly valueQuantity?: FhirQuantity;
  readonly dataAbsentReason?: FhirCodeableConcept;
  readonly interpretation?: readonly FhirCodeableConcept[];
  readonly derivedFrom?: readonly FhirReference[];
  readonly component?: readonly FhirObservationComponent[];
  readonly note?: readonly { readonly text: string }[];
}

export type FhirResource = FhirPatient | FhirQuestionnaireResponse | FhirObservation;

export interface FhirBundleEntry<R extends FhirResource = FhirResource> {
  readonly fullUrl: string;
  readonly resource: R;
}

export interface FhirBundle {
  readonly resourceType: 'Bundle';
  readonly identifier: { readonly system: 'urn:ietf:rfc:3986'; readonly value: string };
  readonly type: 'collection';
  readonly timestamp: string;
  readonly entry: readonly FhirBundleEntry[];
}
