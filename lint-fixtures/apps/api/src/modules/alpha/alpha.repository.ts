export class AlphaRepository {}
