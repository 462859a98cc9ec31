interface Place {
  placeName?: string | null;
  region?: string | null;
}

/** "Govanhill, Scotland", or whichever half is known; empty when neither is. */
export function placeText(area: Place): string {
  return [area.placeName, area.region].filter((part): part is string => !!part && part.trim() !== '').join(', ');
}
