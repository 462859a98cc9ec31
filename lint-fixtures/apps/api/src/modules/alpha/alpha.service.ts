export class AlphaService {}
