"""Parts of the shelf screen: the model of covers and the delegate that draws them."""
