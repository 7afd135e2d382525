/** One weight `W[input][unit]` of dense layer `layer` (0-based among the dense layers), or its bias `b[unit]` when `input` is `"bias"`. */
export interface ParameterEdit {
  layer: number;
  input: number | "bias";
  unit: number;
  value: number;
}

/** Largest |value| a hand-set weight may take: larger ones only saturate every unit they reach. */
export const MAX_EDIT = 100;
