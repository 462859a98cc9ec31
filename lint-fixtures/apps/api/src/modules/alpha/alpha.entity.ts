export class AlphaEntity {}
