[
  __curPos
  (let pos = __curPos; in pos.line)
    __curPos.column
]
