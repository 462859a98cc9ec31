export class AlphaResolver {}
