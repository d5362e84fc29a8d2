/** Words that name a licence plate in English, shared by the plate recognizers of every country. */
export const VEHICLE_CONTEXT_WORDS: readonly string[] = Object.freeze([
  'vehicle', 'vehicles', 'car', 'cars', 'plate', 'plates', 'number plate', 'licence plate', 'license plate',
  'plate number', 'registration number', 'vehicle registration', 'reg number', 'reg no', 'registered', 'registration',
]);
