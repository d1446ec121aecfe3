null <= null
