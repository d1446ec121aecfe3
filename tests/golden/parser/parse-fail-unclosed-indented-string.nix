''
  abc ${x}
