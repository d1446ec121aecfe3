"abc ${x}
  def